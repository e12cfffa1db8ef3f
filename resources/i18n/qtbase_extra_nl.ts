<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
  Dutch for texts of Qt's own (non-native) file dialog that Qt's qtbase_nl.qm does not
  translate: the widget asks for "&Look in:" and "Files of &type:" (with a mnemonic),
  qtbase_nl only knows "Look in:" and "Files of type:". Written by hand: lupdate never
  scans this file (there is no such text in our code). ui/app.py installs it after
  qtbase_nl.qm; tests/ui/test_languages.py opens the dialog in Dutch and checks it.
-->
<TS version="2.1" language="nl_NL">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Bestandsnaam:</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Map:</translation>
    </message>
</context>
</TS>
