"""Reading listing files: sniffing, column mapping, attribute parsing, readers."""
