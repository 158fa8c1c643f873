"""The result viewer: a document's text with its records highlighted, as one server-rendered HTML page."""
