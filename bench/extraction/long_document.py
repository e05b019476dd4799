"""Extraction of one long document: whether the time grows with its length, not its square.

Writes a report of N paragraphs (a described speaker, a quotation closed by "he said", a
named lawyer, a count of people detained; 26 words each), extracts it whole, and prints
words per second for N and 4N paragraphs. Linear work keeps the rate; work that reads the
whole document again for every sentence or pronoun divides it by about four.

    python bench/extraction/long_document.py [--paragraphs 375]
"""

from __future__ import annotations

import argparse
import time

from rightsledger.extraction import extract_documents
from rightsledger.models import Document


def report(paragraphs: int) -> Document:
    text = "\n\n".join(
        f"A 30-year-old teacher said police detained {n % 9 + 2} men in the market on Monday. "
        f'"They beat them," he said. Lawyer Ana Diaz said the arrests were illegal.'
        for n in range(paragraphs))
    return Document(id="long", text=text, original=text.encode(), media_type="text/plain", source="",
                    published="2020-01-01")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=375)
    args = parser.parse_args()
    list(extract_documents([report(20)]))  # load the model
    rates = []
    for size in (args.paragraphs, 4 * args.paragraphs):
        document = report(size)
        words = len(document.text.split())
        start = time.perf_counter()
        (_, claims), = list(extract_documents([document]))
        seconds = time.perf_counter() - start
        rates.append(words / seconds)
        print(f"{size:6} paragraphs, {words:7} words: {seconds:6.1f} s, {words / seconds:6.0f} words/s, "
              f"{len(claims)} claims")
    print(f"rate at 4x the length: {rates[1] / rates[0]:.0%} of the rate at 1x (1 = linear, 25% = quadratic)")


if __name__ == "__main__":
    main()
