"""Thin Slack adapters: one module per feature, each with register(app)."""
