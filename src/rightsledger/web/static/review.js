// Adding a claim: selecting text in the document fills in where the evidence lies.
// Offsets count characters of the document text (the marks around claims add none).
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const text = document.getElementById("doc-text");
  const form = document.getElementById("add-claim");
  const shown = document.getElementById("selection");
  if (!text || !form || !shown) return;
  const offset = (node, within) => {
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(node, within);
    return range.toString().length;
  };
  document.addEventListener("selectionchange", () => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    const start = offset(range.startContainer, range.startOffset);
    const end = offset(range.endContainer, range.endOffset);
    if (end <= start) return;
    form.elements.evidence_start.value = start;
    form.elements.evidence_end.value = end;
    shown.textContent = "Selected (" + start + "–" + end + "): " + range.toString();
  });
});
