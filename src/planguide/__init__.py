"""Compile interactive planning guides from YAML into a Material for MkDocs site."""
