# Characters a terminal does not show as themselves: a bidirectional
# override (U+202E) reverses the text after it, a zero-width space (U+200B)
# hides between letters, and a note may hold a line break.

# twin check names them, escaped so that the message shows the bytes.
$ twin check fixtures/hidden.csv
fixtures/hidden.csv:1: note: read as UTF-8, fields separated by ','
fixtures/hidden.csv:2: warning: name 'Tur\u{202e}ku' holds the invisible character U+202E, which can change how the text around it is shown: expected a name of visible characters
fixtures/hidden.csv:4: warning: name 'Zero\u{200b}Width' holds the invisible character U+200B, which can change how the text around it is shown: expected a name of visible characters
twin check: 0 errors, 2 warnings in 2 links
? 1

# A table shows them escaped, as it shows control characters.
$ twin -f fixtures/hidden.csv -o table links --sources
CITY           COUNTRY  PARTNER            PARTNER_COUNTRY  YEAR  STATUS  KIND  SOURCE  NOTE
Oslo           NO       Zero\u{200b}Width  SE                     active  twin
Tur\u{202e}ku  FI       Bergen             NO                     active  twin          two\x0alines

# TSV keeps the bytes of names for scripts, but a line break would end its
# row, so control characters are escaped there too.
$ twin -f fixtures/hidden.csv links --sources | cut -f 1,3,9
Oslo	Zero​Width	
Tur‮ku	Bergen	two\x0alines

# JSON escapes them as \u, which reads back as the same characters.
$ twin -f fixtures/hidden.csv -o json partners Bergen | grep -o '"partner": "[^"]*"'
"partner": "Tur\u202eku"
