#!/usr/bin/env python3
"""Writes a .resx file from `key<TAB>value` lines on standard input (a developer's convenience, not a build step)."""
import sys
from xml.sax.saxutils import escape

HEAD = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''
out = [HEAD]
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('#'):
        continue
    key, value = line.split('\t', 1)
    out.append(f'  <data name="{escape(key)}" xml:space="preserve"><value>{escape(value)}</value></data>\n')
out.append('</root>\n')
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(out))
