"""claims: what each extractor version found in each document version

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "extractions",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("document_pk", sa.Integer(), nullable=False),
        sa.Column("extractor_version", sa.String(100), nullable=False),
        sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claim_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_extractions"),
        sa.ForeignKeyConstraint(["document_pk"], ["documents.pk"],
                                name="fk_extractions_document_pk_documents"),
        sa.UniqueConstraint("document_pk", "extractor_version",
                            name="uq_extractions_document_pk_extractor_version"),
    )
    op.create_table(
        "claims",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("extraction_pk", sa.Integer(), nullable=False),
        sa.Column("document_pk", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer()),
        sa.Column("evidence_end", sa.Integer()),
        sa.Column("event", sa.String(20)),
        sa.Column("count_low", sa.BigInteger()),
        sa.Column("count_high", sa.BigInteger()),
        sa.Column("qualifier", sa.String(20)),
        sa.Column("victims", sa.Text()),
        sa.Column("perpetrator", sa.Text()),
        sa.Column("place", sa.Text()),
        sa.Column("when_start", sa.String(10)),
        sa.Column("when_end", sa.String(10)),
        sa.Column("when_text", sa.Text()),
        sa.Column("polarity", sa.String(10)),
        sa.Column("speaker", sa.Text()),
        sa.Column("stance", sa.String(20)),
        sa.PrimaryKeyConstraint("pk", name="pk_claims"),
        sa.ForeignKeyConstraint(["extraction_pk"], ["extractions.pk"], ondelete="CASCADE",
                                name="fk_claims_extraction_pk_extractions"),
        sa.ForeignKeyConstraint(["document_pk"], ["documents.pk"],
                                name="fk_claims_document_pk_documents"),
    )
    op.create_index("ix_claims_extraction_pk", "claims", ["extraction_pk"])
    op.create_index("ix_claims_document_pk", "claims", ["document_pk"])


def downgrade() -> None:
    op.drop_table("claims")
    op.drop_table("extractions")
