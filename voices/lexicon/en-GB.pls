<?xml version="1.0" encoding="UTF-8"?>
<!-- British-only fixes (W3C PLS 1.0): applies only to the en-gb voices (en-gb, en-gb-x-rp, ...), where it
     wins over en.pls for the words it lists. Use it where a British voice says an en.pls entry wrongly,
     e.g. the linking r that en-gb puts between two vowels ("Mezhlauk" as mezh-LAR-ook); see REVIEW.md. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://www.w3.org/2005/01/pronunciation-lexicon http://www.w3.org/TR/2008/REC-pronunciation-lexicon-20081014/pls.xsd"
         alphabet="ipa" xml:lang="en-GB">
  <lexeme><grapheme>Mezhlauk</grapheme><alias>mezh-lahwook</alias><phoneme alphabet="x-espeak">mEZl'A:?Uk</phoneme></lexeme>
</lexicon>
