/*
 * vocabulary.c: synonyms of column names and of status and kind values.
 * Matching is on a normalized form (lower case, one space or underscore
 * between words), so "Sister-City", "sister city" and "SISTER_CITY" agree.
 */
#include <string.h>

#include "registry.h"
#include "vocabulary.h"

struct synonym {
	const char	*written;	/* normalized */
	const char	*role;
};

/* Column names people type, beside the columns' own names. */
static const struct synonym column_synonyms[] = {
	{ "town", "city" },
	{ "municipality", "city" },
	{ "partner_city", "partner" },
	{ "partner_town", "partner" },
	{ "twin_city", "partner" },
	{ "twin_town", "partner" },
	{ "sister_city", "partner" },
	{ "partner_city_country", "partner_country" },
	{ "twin_country", "partner_country" },
	{ "since", "year" },
	{ "established", "year" },
	{ "year_established", "year" },
	{ "start", "year" },
	{ "end", "ended" },
	{ "until", "ended" },
	{ "end_year", "ended" },
	{ "type", "kind" },
	{ "sources", "source" },
	{ "notes", "note" },
	{ "comment", "note" },
	{ "comments", "note" },
	{ "state", "region" },
	{ "province", "region" },
	{ "partner_state", "partner_region" },
	{ "partner_province", "partner_region" },
	{ "latitude", "lat" },
	{ "longitude", "lon" },
	{ "lng", "lon" },
	{ "long", "lon" },
};

/* The columns' own names. */
static const char *const columns[] = {
	"city", "country", "partner", "partner_country", "year", "status",
	"kind", "source", "note", "alias", "region", "partner_region", "ended",
	"lat", "lon",
};

/*
 * s as lower-case words joined by sep, in out (room for len + 1): runs of
 * spaces, tabs, hyphens and underscores are one separator, and none is
 * kept at either end.
 */
static void
normalize(const char *s, size_t len, char sep, char *out)
{
	size_t i, o = 0;
	int gap = 0;

	for (i = 0; i < len; i++) {
		char c = s[i];

		if (c == ' ' || c == '\t' || c == '-' || c == '_') {
			gap = 1;
			continue;
		}
		if (gap && o > 0)
			out[o++] = sep;
		gap = 0;
		out[o++] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
	}
	out[o] = '\0';
}

void
vocab_column(const char *s, size_t len, char *out)
{
	normalize(s, len, '_', out);
}

const char *
vocab_column_role(const char *normalized)
{
	size_t i;

	for (i = 0; i < sizeof(columns) / sizeof(columns[0]); i++)
		if (strcmp(normalized, columns[i]) == 0)
			return columns[i];
	for (i = 0; i < sizeof(column_synonyms) / sizeof(column_synonyms[0]);
	    i++)
		if (strcmp(normalized, column_synonyms[i].written) == 0)
			return column_synonyms[i].role;
	return NULL;
}

struct value_word {
	const char	*written;	/* lower case, single spaces */
	int		 value;
};

static const struct value_word status_synonyms[] = {
	{ "current", STATUS_ACTIVE },
	{ "frozen", STATUS_SUSPENDED },
	{ "paused", STATUS_SUSPENDED },
	{ "on hold", STATUS_SUSPENDED },
	{ "inactive", STATUS_ENDED },
	{ "terminated", STATUS_ENDED },
	{ "dissolved", STATUS_ENDED },
	{ "former", STATUS_ENDED },
};

static const struct value_word kind_synonyms[] = {
	{ "twinning", KIND_TWIN },
	{ "town twinning", KIND_TWIN },
	{ "twin town", KIND_TWIN },
	{ "twin city", KIND_TWIN },
	{ "sister", KIND_TWIN },
	{ "sister city", KIND_TWIN },
	{ "sister cities", KIND_TWIN },
	{ "partnership", KIND_PARTNER },
	{ "partner city", KIND_PARTNER },
	{ "partner town", KIND_PARTNER },
	{ "city partnership", KIND_PARTNER },
	{ "co operation", KIND_COOPERATION },
	{ "cooperation agreement", KIND_COOPERATION },
	{ "friendship city", KIND_FRIENDSHIP },
	{ "friendly relations", KIND_FRIENDSHIP },
};

const char vocab_status_words[] =
    "active, suspended or ended (nothing means active), or current; "
    "frozen, paused, on hold; inactive, terminated, dissolved, former";
const char vocab_kind_words[] =
    "twin, partner, cooperation or friendship (nothing means twin), or "
    "sister city, twin town, town twinning; partnership, partner city; "
    "cooperation agreement; friendship city";

static int
lookup(const char *s, size_t len, const char *const *names, int nnames,
    const struct value_word *syn, size_t nsyn, int *synonym)
{
	char buf[64];
	size_t i;
	int j;

	*synonym = 0;
	if (len >= sizeof(buf))
		return -1;
	normalize(s, len, ' ', buf);
	for (j = 0; j < nnames; j++)
		if (strcmp(buf, names[j]) == 0)
			return j;
	for (i = 0; i < nsyn; i++)
		if (strcmp(buf, syn[i].written) == 0) {
			*synonym = 1;
			return syn[i].value;
		}
	return -1;
}

int
vocab_status(const char *s, size_t len, int *synonym)
{
	return lookup(s, len, status_names, STATUS_COUNT, status_synonyms,
	    sizeof(status_synonyms) / sizeof(status_synonyms[0]), synonym);
}

int
vocab_kind(const char *s, size_t len, int *synonym)
{
	return lookup(s, len, kind_names, KIND_COUNT, kind_synonyms,
	    sizeof(kind_synonyms) / sizeof(kind_synonyms[0]), synonym);
}
