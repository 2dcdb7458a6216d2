"""Built-in wordlists (data only); shipped inside the package as listlint.wordlists."""
