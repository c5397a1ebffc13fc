<?xml version="1.0" encoding="UTF-8"?>
<!-- How to say the hard names in the texts (W3C PLS 1.0). Every lexeme has an <alias>, a respelling
     any engine can read; most also have eSpeak NG phoneme mnemonics (alphabet "x-espeak", Russian
     stress), which producer passes to eSpeak NG as [[...]]. Check one with: producer say "Tsaritsin" -o x.wav -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://www.w3.org/2005/01/pronunciation-lexicon http://www.w3.org/TR/2008/REC-pronunciation-lexicon-20081014/pls.xsd"
         alphabet="ipa" xml:lang="en">
  <lexeme><grapheme>Tsaritsin</grapheme><alias>tsa-reetsin</alias><phoneme alphabet="x-espeak">ts@r'i:tsIn</phoneme></lexeme>
  <lexeme><grapheme>Voroshilov</grapheme><alias>vorra-sheelof</alias><phoneme alphabet="x-espeak">v0r@S'i:l@f</phoneme></lexeme>
  <lexeme><grapheme>Svyerdlov</grapheme><alias>svyerd-loff</alias><phoneme alphabet="x-espeak">svjErdl'0f</phoneme></lexeme>
  <lexeme><grapheme>Pyatakov</grapheme><alias>pyatta-kof</alias><phoneme alphabet="x-espeak">pj,at@k'0f</phoneme></lexeme>
  <lexeme><grapheme>Menzhinsky</grapheme><alias>men-zhinsky</alias><phoneme alphabet="x-espeak">mjInZ'Inskij</phoneme></lexeme>
  <lexeme><grapheme>Dzerzhinsky</grapheme><alias>jer-zhinsky</alias><phoneme alphabet="x-espeak">dz3Z'Inski</phoneme></lexeme>
  <lexeme><grapheme>Che-Ka</grapheme><alias>chay-kah</alias></lexeme>
  <lexeme><grapheme>GPU</grapheme><alias>gay pay oo</alias></lexeme>
  <lexeme><grapheme>Vperyodovists</grapheme><alias>fperyodovists</alias><phoneme alphabet="x-espeak">fpIrj'o:d@vIsts</phoneme></lexeme>
  <lexeme><grapheme>Donyetzk</grapheme><alias>dun-yetsk</alias><phoneme alphabet="x-espeak">d@nj'Etsk</phoneme></lexeme>
  <lexeme><grapheme>Zinoviev</grapheme><alias>zin-ovyef</alias><phoneme alphabet="x-espeak">zIn'oUvj@f</phoneme></lexeme>
  <lexeme><grapheme>Zhivodyor</grapheme><alias>zhivva-dyorr</alias><phoneme alphabet="x-espeak">ZIv@dj'o@</phoneme></lexeme>
  <lexeme><grapheme>Lashevich</grapheme><alias>lashayvich</alias><phoneme alphabet="x-espeak">l@S'eIvItS</phoneme></lexeme>
  <lexeme><grapheme>Kharkoff</grapheme><alias>harkoff</alias></lexeme>
  <lexeme><grapheme>Izyum</grapheme><alias>eezyoom</alias><phoneme alphabet="x-espeak">Izj'u:m</phoneme></lexeme>
  <lexeme><grapheme>Rakovsky</grapheme><alias>rakofsky</alias></lexeme>
  <lexeme><grapheme>Miliukoff</grapheme><alias>millyoo-koff</alias><phoneme alphabet="x-espeak">mIlju:k'0f</phoneme></lexeme>
  <lexeme><grapheme>Mezhlauk</grapheme><alias>mezhla-ook</alias><phoneme alphabet="x-espeak">mEZl'A:Uk</phoneme></lexeme>
  <lexeme><grapheme>Unschlicht</grapheme><alias>oonshlikht</alias></lexeme>
  <lexeme><grapheme>Lunacharsky</grapheme><alias>loona-charsky</alias></lexeme>
  <lexeme><grapheme>Komissia</grapheme><alias>kommeesya</alias><phoneme alphabet="x-espeak">k0m'i:sI@</phoneme></lexeme>
  <lexeme><grapheme>Chrezvychaynaya</grapheme><alias>chrezvy-chainaya</alias><phoneme alphabet="x-espeak">tSrEzvItS'aIn@j@</phoneme></lexeme>
  <lexeme><grapheme>Kantemirovka</grapheme><alias>kantemeerofka</alias></lexeme>
  <lexeme><grapheme>Ilyich</grapheme><alias>ill-yeech</alias><phoneme alphabet="x-espeak">Ilj'i:tS</phoneme></lexeme>
  <lexeme><grapheme>Guchkov</grapheme><alias>gootchkof</alias><phoneme alphabet="x-espeak">gu:tSk'0f</phoneme></lexeme>
  <lexeme><grapheme>Bukharin</grapheme><alias>boo-harin</alias><phoneme alphabet="x-espeak">bu:x'A:rIn</phoneme></lexeme>
  <lexeme><grapheme>Politbureau</grapheme><alias>pollitbyooro</alias></lexeme>
  <lexeme><grapheme>Kalinin</grapheme><alias>kaleenin</alias><phoneme alphabet="x-espeak">k@l'i:nIn</phoneme></lexeme>
  <lexeme><grapheme>Denikin</grapheme><alias>deneekin</alias><phoneme alphabet="x-espeak">dIn'i:kIn</phoneme></lexeme>
  <lexeme><grapheme>Kozlov</grapheme><alias>kozlof</alias><phoneme alphabet="x-espeak">k0zl'0f</phoneme></lexeme>
  <lexeme><grapheme>Bogdanov</grapheme><alias>bogdahnof</alias><phoneme alphabet="x-espeak">b0gd'A:n@f</phoneme></lexeme>
  <lexeme><grapheme>Balashov</grapheme><alias>balashof</alias><phoneme alphabet="x-espeak">b@l@S'0f</phoneme></lexeme>
  <lexeme><grapheme>Gryazi</grapheme><alias>gryahzee</alias><phoneme alphabet="x-espeak">grj'A:zI</phoneme></lexeme>
</lexicon>
