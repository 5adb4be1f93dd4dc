"""The fact model, result records, errors and exit statuses, and the text normaliser. Imports nothing of factcli."""
