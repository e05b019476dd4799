"""documents: every version of every document, with its original bytes

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("published", sa.String(10)),
        sa.Column("publisher", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("encoding", sa.String(40)),
        sa.Column("original", sa.LargeBinary(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_line", sa.Integer()),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_documents"),
        sa.UniqueConstraint("doc_id", "version", name="uq_documents_doc_id_version"),
    )
    op.create_index("ix_documents_sha256", "documents", ["sha256"])


def downgrade() -> None:
    op.drop_index("ix_documents_sha256", table_name="documents")
    op.drop_table("documents")
