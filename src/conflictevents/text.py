"""Article reader and sentence splitter (stub; filled in next)."""
