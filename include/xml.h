/*
 * xml.h: text written into XML documents (GraphML, GEXF, SVG), escaped.
 */
#ifndef TWIN_XML_H
#define TWIN_XML_H

#include <stddef.h>
#include <stdio.h>

/*
 * XML character data or an attribute value: the five special characters
 * as entities, and the characters XML 1.0 cannot hold at all (C0
 * controls but tab and newline) as U+FFFD.
 */
void	xml_text(const char *s, size_t len, FILE *);
void	xml_cstr(const char *s, FILE *);

#endif
