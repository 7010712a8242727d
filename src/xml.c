/* xml.c: escaping text for XML documents. */
#include <string.h>

#include "xml.h"

void
xml_text(const char *s, size_t len, FILE *fp)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];

		switch (ch) {
		case '&':
			fputs("&amp;", fp);
			break;
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '"':
			fputs("&quot;", fp);
			break;
		case '\'':
			fputs("&apos;", fp);
			break;
		default:
			if (ch < 0x20 && ch != '\t' && ch != '\n')
				fputs("\xEF\xBF\xBD", fp);
			else
				putc(ch, fp);
		}
	}
}

void
xml_cstr(const char *s, FILE *fp)
{
	xml_text(s, strlen(s), fp);
}
