"""incidents: reconciliation runs, incidents and their claims, analysts' decisions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reconciliations",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("reconciled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claim_count", sa.Integer(), nullable=False),
        sa.Column("incident_count", sa.Integer(), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("waves", sa.JSON(), nullable=False),
        sa.Column("unlinked", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_reconciliations"),
    )
    op.create_table(
        "incidents",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("reconciliation_pk", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.String(200), nullable=False),
        sa.Column("event", sa.String(20), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("wave", sa.Text(), nullable=False),
        sa.Column("first", sa.String(10)),
        sa.Column("last", sa.String(10)),
        sa.Column("place", sa.Text()),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_incidents"),
        sa.ForeignKeyConstraint(["reconciliation_pk"], ["reconciliations.pk"], ondelete="CASCADE",
                                name="fk_incidents_reconciliation_pk_reconciliations"),
        sa.UniqueConstraint("incident_id", name="uq_incidents_incident_id"),
    )
    op.create_index("ix_incidents_reconciliation_pk", "incidents", ["reconciliation_pk"])
    op.create_table(
        "incident_claims",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("incident_pk", sa.Integer(), nullable=False),
        sa.Column("claim_pk", sa.Integer()),
        sa.Column("claim_key", sa.String(20), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_incident_claims"),
        sa.ForeignKeyConstraint(["incident_pk"], ["incidents.pk"], ondelete="CASCADE",
                                name="fk_incident_claims_incident_pk_incidents"),
        sa.ForeignKeyConstraint(["claim_pk"], ["claims.pk"], ondelete="SET NULL",
                                name="fk_incident_claims_claim_pk_claims"),
    )
    op.create_index("ix_incident_claims_incident_pk", "incident_claims", ["incident_pk"])
    op.create_index("ix_incident_claims_claim_pk", "incident_claims", ["claim_pk"])
    op.create_index("ix_incident_claims_claim_key", "incident_claims", ["claim_key"])
    op.create_table(
        "decisions",
        sa.Column("pk", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("claims", sa.JSON(), nullable=False),
        sa.Column("others", sa.JSON(), nullable=False),
        sa.Column("source", sa.Text()),
        sa.Column("note", sa.Text()),
        sa.Column("made_by", sa.Text(), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pk", name="pk_decisions"),
    )


def downgrade() -> None:
    op.drop_table("decisions")
    op.drop_table("incident_claims")
    op.drop_table("incidents")
    op.drop_table("reconciliations")
