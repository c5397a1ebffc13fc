<?xml version="1.0" encoding="UTF-8"?>
<!-- How to say the hard names in the texts (W3C PLS 1.0), for every English voice. Every lexeme has an
     <alias>, a respelling any engine can read, and eSpeak NG phoneme mnemonics (alphabet "x-espeak",
     Russian stress), which producer passes to eSpeak NG as [[...]]. A word is listed only where this
     beats eSpeak NG's own reading (voices/lexicon/REVIEW.md); en-GB.pls overrides it for British voices.
     Check one with: producer say "Tsaritsin" -o x.wav; tests/test_lexicon_speech.py checks them all. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://www.w3.org/2005/01/pronunciation-lexicon http://www.w3.org/TR/2008/REC-pronunciation-lexicon-20081014/pls.xsd"
         alphabet="ipa" xml:lang="en">
  <lexeme><grapheme>Tsaritsin</grapheme><alias>tsa-reetsin</alias><phoneme alphabet="x-espeak">ts@r'i:tsIn</phoneme></lexeme>
  <lexeme><grapheme>Voroshilov</grapheme><alias>vorra-sheelof</alias><phoneme alphabet="x-espeak">v0r@S'i:l@f</phoneme></lexeme>
  <lexeme><grapheme>Svyerdlov</grapheme><alias>sverd-loff</alias><phoneme alphabet="x-espeak">svjErdl'0f</phoneme></lexeme>
  <lexeme><grapheme>Pyatakov</grapheme><alias>pyutta-koff</alias><phoneme alphabet="x-espeak">pj,at@k'0f</phoneme></lexeme>
  <lexeme><grapheme>Dzerzhinsky</grapheme><alias>jer-zhinsky</alias><phoneme alphabet="x-espeak">dz3Z'Inski</phoneme></lexeme>
  <lexeme><grapheme>Che-Ka</grapheme><alias>chay-kah</alias><phoneme alphabet="x-espeak">tS,eIk'A:</phoneme></lexeme>
  <lexeme><grapheme>Vperyodovists</grapheme><alias>pir-yodovists</alias><phoneme alphabet="x-espeak">fpIrj'o:d@vIsts</phoneme></lexeme>
  <lexeme><grapheme>Donyetzk</grapheme><alias>dun-yetsk</alias><phoneme alphabet="x-espeak">d@nj'Etsk</phoneme></lexeme>
  <lexeme><grapheme>Zinoviev</grapheme><alias>zin-ohvyuff</alias><phoneme alphabet="x-espeak">zIn'oUvj@f</phoneme></lexeme>
  <lexeme><grapheme>Zhivodyor</grapheme><alias>zhivud-yor</alias><phoneme alphabet="x-espeak">ZIv@dj'o@</phoneme></lexeme>
  <lexeme><grapheme>Lashevich</grapheme><alias>la-shayvich</alias><phoneme alphabet="x-espeak">l@S'eIvItS</phoneme></lexeme>
  <lexeme><grapheme>Izyum</grapheme><alias>iz-yoom</alias><phoneme alphabet="x-espeak">Izj'u:m</phoneme></lexeme>
  <lexeme><grapheme>Miliukoff</grapheme><alias>mil-yoo-koff</alias><phoneme alphabet="x-espeak">mIlju:k'0f</phoneme></lexeme>
  <lexeme><grapheme>Mezhlauk</grapheme><alias>mezh-lahwook</alias><phoneme alphabet="x-espeak">mEZl'A:Uk</phoneme></lexeme>
  <lexeme><grapheme>Unschlicht</grapheme><alias>oonshlikt</alias><phoneme alphabet="x-espeak">'u:nSlIxt</phoneme></lexeme>
  <lexeme><grapheme>Komissia</grapheme><alias>ko-meesya</alias><phoneme alphabet="x-espeak">k0m'i:sI@</phoneme></lexeme>
  <lexeme><grapheme>Chrezvychaynaya</grapheme><alias>chrezvy-chainaya</alias><phoneme alphabet="x-espeak">tSrEzvItS'aIn@j@</phoneme></lexeme>
  <lexeme><grapheme>Kantemirovka</grapheme><alias>kantemeerofka</alias><phoneme alphabet="x-espeak">k,antIm'i:r@fk@</phoneme></lexeme>
  <lexeme><grapheme>Ilyich</grapheme><alias>ill-yeech</alias><phoneme alphabet="x-espeak">Ilj'i:tS</phoneme></lexeme>
  <lexeme><grapheme>Guchkov</grapheme><alias>gooch-koff</alias><phoneme alphabet="x-espeak">gu:tSk'0f</phoneme></lexeme>
  <lexeme><grapheme>Bukharin</grapheme><alias>boo-harin</alias><phoneme alphabet="x-espeak">bu:x'A:rIn</phoneme></lexeme>
  <lexeme><grapheme>Kalinin</grapheme><alias>ka-leenin</alias><phoneme alphabet="x-espeak">k@l'i:nIn</phoneme></lexeme>
  <lexeme><grapheme>Denikin</grapheme><alias>de-neekin</alias><phoneme alphabet="x-espeak">dIn'i:kIn</phoneme></lexeme>
  <lexeme><grapheme>Kozlov</grapheme><alias>koz-loff</alias><phoneme alphabet="x-espeak">k0zl'0f</phoneme></lexeme>
  <lexeme><grapheme>Bogdanov</grapheme><alias>bog-dahnof</alias><phoneme alphabet="x-espeak">b0gd'A:n@f</phoneme></lexeme>
  <lexeme><grapheme>Balashov</grapheme><alias>bala-shoff</alias><phoneme alphabet="x-espeak">b@l@S'0f</phoneme></lexeme>
  <lexeme><grapheme>Gryazi</grapheme><alias>grah-zee</alias><phoneme alphabet="x-espeak">grjA:z'i:</phoneme></lexeme>
  <lexeme><grapheme>coup d’état</grapheme><grapheme>coup d'état</grapheme><alias>koo day-tah</alias><phoneme alphabet="x-espeak">k,u: deIt'A:</phoneme></lexeme>
  <lexeme><grapheme>Davydovich</grapheme><alias>de-vidovitch</alias><phoneme alphabet="x-espeak">d@v'Id@vItS</phoneme></lexeme>
  <lexeme><grapheme>Dybenko</grapheme><alias>di-benko</alias><phoneme alphabet="x-espeak">dIb'ENkoU</phoneme></lexeme>
  <lexeme><grapheme>Kolchak</grapheme><alias>kol-chak</alias><phoneme alphabet="x-espeak">k0ltS'ak</phoneme></lexeme>
  <lexeme><grapheme>Kazan</grapheme><alias>kuh-zan</alias><phoneme alphabet="x-espeak">k@z'an</phoneme></lexeme>
  <lexeme><grapheme>Tambov</grapheme><alias>tam-boff</alias><phoneme alphabet="x-espeak">tamb'0f</phoneme></lexeme>
  <lexeme><grapheme>Lugansk</grapheme><alias>loo-gansk</alias><phoneme alphabet="x-espeak">lu:g'ansk</phoneme></lexeme>
</lexicon>
