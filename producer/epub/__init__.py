"""The accessible EPUB3 writer: XHTML content documents, navigation, cover, package, reproducible zip."""
