<?xml version="1.0" encoding="UTF-8"?>
<!-- Pronunciations of the hard names in the texts: respellings (alias) every engine can read. -->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://www.w3.org/2005/01/pronunciation-lexicon http://www.w3.org/TR/2007/CR-pronunciation-lexicon-20071212/pls.xsd"
         alphabet="ipa" xml:lang="en">
  <lexeme><grapheme>Tsaritsin</grapheme><alias>tsa-reetsin</alias></lexeme>
  <lexeme><grapheme>Voroshilov</grapheme><alias>vurra-sheelof</alias></lexeme>
  <lexeme><grapheme>Svyerdlov</grapheme><alias>svairdlof</alias></lexeme>
  <lexeme><grapheme>Pyatakov</grapheme><alias>pyuttakof</alias></lexeme>
  <lexeme><grapheme>Menzhinsky</grapheme><alias>men-zhinsky</alias></lexeme>
  <lexeme><grapheme>Che-Ka</grapheme><alias>chay-kah</alias></lexeme>
  <lexeme><grapheme>GPU</grapheme><alias>gay pay oo</alias></lexeme>
  <lexeme><grapheme>Vperyodovists</grapheme><alias>fperyodovists</alias></lexeme>
  <lexeme><grapheme>Dzerzhinsky</grapheme><alias>jer-zhinsky</alias></lexeme>
  <lexeme><grapheme>Donyetzk</grapheme><alias>dun-yetsk</alias></lexeme>
  <lexeme><grapheme>Zinoviev</grapheme><alias>zin-ovyef</alias></lexeme>
  <lexeme><grapheme>Zhivodyor</grapheme><alias>zhivva-dyorr</alias></lexeme>
  <lexeme><grapheme>Lashevich</grapheme><alias>lashayvich</alias></lexeme>
  <lexeme><grapheme>Kharkoff</grapheme><alias>harkoff</alias></lexeme>
  <lexeme><grapheme>Izyum</grapheme><alias>eezyoom</alias></lexeme>
  <lexeme><grapheme>Rakovsky</grapheme><alias>rakofsky</alias></lexeme>
  <lexeme><grapheme>Miliukoff</grapheme><alias>millyookoff</alias></lexeme>
  <lexeme><grapheme>Mezhlauk</grapheme><alias>mezhla-ook</alias></lexeme>
  <lexeme><grapheme>Unschlicht</grapheme><alias>oonshlikht</alias></lexeme>
  <lexeme><grapheme>Lunacharsky</grapheme><alias>loona-charsky</alias></lexeme>
  <lexeme><grapheme>Komissia</grapheme><alias>kommeesya</alias></lexeme>
  <lexeme><grapheme>Kantemirovka</grapheme><alias>kantemeerofka</alias></lexeme>
  <lexeme><grapheme>Ilyich</grapheme><alias>ill-yeech</alias></lexeme>
  <lexeme><grapheme>Guchkov</grapheme><alias>gootchkof</alias></lexeme>
  <lexeme><grapheme>Chrezvychaynaya</grapheme><alias>chrezvy-chainaya</alias></lexeme>
  <lexeme><grapheme>Bukharin</grapheme><alias>boo-harin</alias></lexeme>
  <lexeme><grapheme>Politbureau</grapheme><alias>pollitbyooro</alias></lexeme>
  <lexeme><grapheme>Kalinin</grapheme><alias>kaleenin</alias></lexeme>
  <lexeme><grapheme>Denikin</grapheme><alias>deneekin</alias></lexeme>
  <lexeme><grapheme>Kozlov</grapheme><alias>kozlof</alias></lexeme>
  <lexeme><grapheme>Bogdanov</grapheme><alias>bogdahnof</alias></lexeme>
  <lexeme><grapheme>Balashov</grapheme><alias>balashof</alias></lexeme>
</lexicon>
