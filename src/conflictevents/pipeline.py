"""The pipeline (stub; filled in next)."""
