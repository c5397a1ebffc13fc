"""Read-aloud formats: text and audio together, synchronized from the timeline the audio was built with."""
