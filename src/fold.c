/*
 * fold.c: name folding.  Unicode compatibility decomposition, case folding
 * and mark stripping come from utf8proc; what it cannot do (letters such as
 * ø or ł that have no decomposition, apostrophes, runs of punctuation) is
 * done here.  Most names in real registries are ASCII, so those take a
 * byte loop that never touches utf8proc.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "bytes.h"
#include "fold.h"
#include "xalloc.h"

/* Output state shared by both paths: words joined by single spaces. */
struct key_writer {
	char	*out;
	size_t	 cap;
	size_t	 len;		/* bytes the key needs so far */
	int	 pending_space;	/* a separator seen since the last word */
};

/* Where put_bytes() and put_byte() write: a space first if one is due. */
static void
start_word(struct key_writer *w)
{
	if (w->pending_space && w->len > 0) {
		if (w->len < w->cap)
			w->out[w->len] = ' ';
		w->len++;
	}
	w->pending_space = 0;
}

/* One byte: most letters of a name, where memcpy() would be a call. */
static void
put_byte(struct key_writer *w, char c)
{
	start_word(w);
	if (w->len < w->cap)
		w->out[w->len] = c;
	w->len++;
}

static void
put_bytes(struct key_writer *w, const char *s, size_t n)
{
	start_word(w);
	if (w->len + n <= w->cap)
		memcpy(w->out + w->len, s, n);
	w->len += n;
}

/*
 * What each ASCII byte is in a key: itself lowercased (letters, digits),
 * DROP (apostrophes, periods and the grave accent, deleted), or SPLIT
 * (anything else, a word separator).
 */
enum { DROP = 0, SPLIT = 1 };
static const unsigned char ascii_class[256] = {
	  1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,
	  1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,
	  1,   1,   1,   1,   1,   1,   1,   0,   1,   1,   1,   1,   1,   1,   0,   1,
	 48,  49,  50,  51,  52,  53,  54,  55,  56,  57,   1,   1,   1,   1,   1,   1,
	  1,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
	112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,   1,   1,   1,   1,   1,
	  0,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
	112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,   1,   1,   1,   1,   1,
	  1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,
	  1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,
	  1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,
	  1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,
	  1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,
	  1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,
	  1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,
	  1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,
};

/*
 * ASCII names never grow when folded, so with room for len bytes the key
 * is written directly: this loop folds most names of a real registry.
 */
static size_t
fold_ascii(const char *s, size_t len, char *out, size_t cap)
{
	struct key_writer w = { out, cap, 0, 0 };
	size_t i, o = 0;
	int space = 0;
	unsigned char c;

	if (cap < len) {	/* the slow way, counting what is needed */
		for (i = 0; i < len; i++) {
			c = ascii_class[(unsigned char)s[i]];
			if (c > SPLIT)
				put_byte(&w, (char)c);
			else if (c == SPLIT)
				w.pending_space = 1;
		}
		return w.len;
	}
	for (i = 0; i < len; i++) {
		c = ascii_class[(unsigned char)s[i]];
		if (c > SPLIT) {
			if (space && o > 0)
				out[o++] = ' ';
			space = 0;
			out[o++] = (char)c;
		} else if (c == SPLIT)
			space = 1;
	}
	return o;
}

/* Apostrophe look-alikes, mapped to ' before decomposition so they vanish. */
static utf8proc_int32_t
map_apostrophes(utf8proc_int32_t cp, void *data)
{
	(void)data;
	switch (cp) {
	case 0x0060:	/* grave accent */
	case 0x00B4:	/* acute accent */
	case 0x02B9:	/* modifier letter prime */
	case 0x02BB:	/* modifier letter turned comma (okina) */
	case 0x02BC:	/* modifier letter apostrophe */
	case 0x02BD:	/* modifier letter reversed comma */
	case 0x2018:	/* left single quotation mark */
	case 0x2019:	/* right single quotation mark */
	case 0x201B:	/* single high-reversed-9 quotation mark */
	case 0x2032:	/* prime */
		return '\'';
	default:
		return cp;
	}
}

/* Letters that Unicode does not decompose, as their Latin base letters. */
static const char *
base_letters(utf8proc_int32_t cp)
{
	switch (cp) {
	case 0x00E6: return "ae";	/* æ */
	case 0x00F0: return "d";	/* ð */
	case 0x00F8: return "o";	/* ø */
	case 0x00FE: return "th";	/* þ */
	case 0x0111: return "d";	/* đ */
	case 0x0127: return "h";	/* ħ */
	case 0x0131: return "i";	/* dotless ı */
	case 0x0138: return "k";	/* ĸ */
	case 0x0142: return "l";	/* ł */
	case 0x014B: return "n";	/* ŋ */
	case 0x0153: return "oe";	/* œ */
	case 0x0167: return "t";	/* ŧ */
	case 0x0180: return "b";	/* ƀ */
	case 0x0183: return "b";	/* ƃ */
	case 0x0188: return "c";	/* ƈ */
	case 0x0192: return "f";	/* ƒ */
	case 0x0199: return "k";	/* ƙ */
	case 0x019A: return "l";	/* ƚ */
	case 0x01A5: return "p";	/* ƥ */
	case 0x01AD: return "t";	/* ƭ */
	case 0x01B4: return "y";	/* ƴ */
	case 0x01B6: return "z";	/* ƶ */
	case 0x0225: return "z";	/* ȥ */
	case 0x0237: return "j";	/* ȷ */
	case 0x0247: return "e";	/* ɇ */
	case 0x0249: return "j";	/* ɉ */
	case 0x024D: return "r";	/* ɍ */
	case 0x024F: return "y";	/* ɏ */
	case 0x0253: return "b";	/* ɓ */
	case 0x0257: return "d";	/* ɗ */
	case 0x0268: return "i";	/* ɨ */
	case 0x0272: return "n";	/* ɲ */
	case 0x0289: return "u";	/* ʉ */
	case 0x1D7D: return "p";	/* ᵽ */
	default: return NULL;
	}
}

static int
is_word_char(utf8proc_int32_t cp)
{
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return 1;
	default:
		return 0;
	}
}

/* Marks that survive STRIPMARK (none should) are dropped, not turned into spaces. */
static int
is_mark(utf8proc_int32_t cp)
{
	utf8proc_category_t c = utf8proc_category(cp);

	return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC ||
	    c == UTF8PROC_CATEGORY_ME;
}

#define FOLD_OPTIONS (UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | \
    UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE)

size_t
fold_name_unicode(const char *s, size_t len, char *out, size_t cap)
{
	utf8proc_int32_t stackbuf[256], *cps = stackbuf;
	utf8proc_ssize_t n, i;
	struct key_writer w = { out, cap, 0, 0 };
	utf8proc_uint8_t enc[4];
	const char *base;

	if (len > (size_t)(SSIZE_MAX / 4))
		return (size_t)-1;
	n = utf8proc_decompose_custom((const utf8proc_uint8_t *)s,
	    (utf8proc_ssize_t)len, cps, 256, FOLD_OPTIONS, map_apostrophes,
	    NULL);
	if (n > 256) {
		cps = xreallocarray(NULL, (size_t)n, sizeof(*cps));
		n = utf8proc_decompose_custom((const utf8proc_uint8_t *)s,
		    (utf8proc_ssize_t)len, cps, n, FOLD_OPTIONS,
		    map_apostrophes, NULL);
	}
	if (n < 0) {
		if (cps != stackbuf)
			free(cps);
		return (size_t)-1;
	}
	for (i = 0; i < n; i++) {
		utf8proc_int32_t cp = cps[i];

		/* Decomposition can yield an apostrophe too (U+0149 'ŉ'). */
		if (map_apostrophes(cp, NULL) == '\'' || cp == '.' ||
		    is_mark(cp))
			continue;
		if ((base = base_letters(cp)) != NULL)
			put_bytes(&w, base, strlen(base));
		else if (is_word_char(cp))
			put_bytes(&w, (const char *)enc,
			    (size_t)utf8proc_encode_char(cp, enc));
		else
			w.pending_space = 1;
	}
	if (cps != stackbuf)
		free(cps);
	return w.len;
}

/*
 * The fold of each two-byte character (U+0080 to U+07FF: Latin letters
 * with diacritics, Greek, Cyrillic, Hebrew, Arabic), learnt the first time
 * it is met from the Unicode path itself, so that names in those scripts
 * are folded without utf8proc after that.  Folding is one character at a
 * time (decomposition and case folding are; the marks that reordering
 * would move are all dropped), so a name's key is its characters' folds
 * in turn, words joined as put_bytes joins them.
 */
#define TWO_BYTE_FIRST	0x80
#define TWO_BYTE_COUNT	(0x800 - 0x80)
#define CHAR_FOLD_MAX	12

struct char_fold {
	unsigned char	 known;		/* the rest is filled in */
	unsigned char	 split_before;	/* it starts with a separator */
	unsigned char	 split_after;	/* it ends with one */
	unsigned char	 len;		/* bytes of word */
	char		 word[CHAR_FOLD_MAX];	/* its letters, spaces inside */
};

static struct char_fold two_byte_folds[TWO_BYTE_COUNT];

/*
 * Learn cp's fold from the Unicode path: "a" cp "a" folds to "a" + its
 * letters + "a", with a space at either side where it separates.  False
 * when its fold does not fit the table (the caller takes the slow path).
 */
static bool
learn_char(int32_t cp, struct char_fold *f)
{
	char in[4], out[2 * CHAR_FOLD_MAX];
	size_t n, start, end;

	in[0] = 'a';
	in[1] = (char)(0xC0 | (cp >> 6));
	in[2] = (char)(0x80 | (cp & 0x3F));
	in[3] = 'a';
	n = fold_name_unicode(in, 4, out, sizeof(out));
	if (n == (size_t)-1 || n > sizeof(out) || n < 2 || out[0] != 'a' ||
	    out[n - 1] != 'a')
		return false;
	start = 1;
	end = n - 1;
	f->split_before = start < end && out[start] == ' ';
	if (f->split_before)
		start++;
	f->split_after = start < end && out[end - 1] == ' ';
	if (f->split_after)
		end--;
	if (start > end) {		/* "a a": a separator alone */
		f->split_before = 1;
		start = end;
	}
	if (end - start > CHAR_FOLD_MAX)
		return false;
	f->len = (unsigned char)(end - start);
	memcpy(f->word, out + start, f->len);
	f->known = 1;
	return true;
}

/*
 * Fold a name of ASCII and two-byte characters; (size_t)-2 when it has
 * others (or bad UTF-8), for the Unicode path to fold.
 */
static size_t
fold_two_byte(const char *s, size_t len, char *out, size_t cap)
{
	struct key_writer w = { out, cap, 0, 0 };
	struct char_fold *f;
	unsigned char c, b;
	int32_t cp;
	size_t i;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c < 0x80) {
			c = ascii_class[c];
			if (c > SPLIT)
				put_byte(&w, (char)c);
			else if (c == SPLIT)
				w.pending_space = 1;
			continue;
		}
		if (c < 0xC2 || c > 0xDF || i + 1 >= len ||
		    ((b = (unsigned char)s[i + 1]) & 0xC0) != 0x80)
			return (size_t)-2;
		cp = (int32_t)((c & 0x1F) << 6 | (b & 0x3F));
		i++;
		f = &two_byte_folds[cp - TWO_BYTE_FIRST];
		if (!f->known && !learn_char(cp, f))
			return (size_t)-2;
		if (f->split_before)
			w.pending_space = 1;
		if (f->len == 1)
			put_byte(&w, f->word[0]);
		else if (f->len > 0)
			put_bytes(&w, f->word, f->len);
		if (f->split_after)
			w.pending_space = 1;
	}
	return w.len;
}

size_t
fold_name_ascii(const char *s, size_t len, char *out, size_t cap)
{
	return fold_ascii(s, len, out, cap);
}

size_t
fold_name(const char *s, size_t len, char *out, size_t cap)
{
	size_t i;

	size_t n;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80) {
			n = fold_two_byte(s, len, out, cap);
			return n != (size_t)-2 ? n :
			    fold_name_unicode(s, len, out, cap);
		}
	return fold_ascii(s, len, out, cap);
}

bool
utf8_valid(const char *s, size_t len)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t cp;
	utf8proc_ssize_t n;
	uint64_t w;
	size_t i = 0;

	while (i < len) {
		/* Most of a name in any script is ASCII: commas, spaces, the
		 * country's code; eight bytes a step over it. */
		if (i + 8 <= len) {
			memcpy(&w, s + i, 8);
			if ((w & BYTES_HIGHS) == 0) {
				i += 8;
				continue;
			}
		}
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0)
			return false;
		i += (size_t)n;
	}
	return true;
}

size_t
utf8_width(const char *s, size_t len)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t cp;
	utf8proc_ssize_t n;
	size_t i = 0, width = 0;

	while (i < len) {
		if (p[i] < 0x80) {
			width++;
			i++;
			continue;
		}
		n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
		if (n <= 0) {	/* not expected: names are validated on load */
			width++;
			i++;
			continue;
		}
		width += (size_t)utf8proc_charwidth(cp);
		i += (size_t)n;
	}
	return width;
}

int32_t
utf8_next_hidden(const char *s, size_t len, size_t *at, size_t *n)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_int32_t cp;
	utf8proc_ssize_t k;
	size_t i;

	for (i = *at; i < len; i += (size_t)k) {
		if (p[i] < 0x80) {
			k = 1;
			if (p[i] < 0x20 || p[i] == 0x7F)
				break;
			continue;
		}
		k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
		if (k <= 0) {
			k = 1;
			continue;
		}
		if (utf8proc_category(cp) == UTF8PROC_CATEGORY_CF ||
		    utf8proc_category(cp) == UTF8PROC_CATEGORY_CC)
			break;
	}
	*at = i;
	if (i >= len)
		return -1;
	if (p[i] < 0x80) {
		*n = 1;
		return p[i];
	}
	*n = (size_t)k;
	return cp;
}

void
fold_buf_free(struct fold_buf *fb)
{
	free(fb->key);
	fb->key = NULL;
	fb->cap = fb->len = 0;
}

bool
fold_into(struct fold_buf *fb, const char *s, size_t len)
{
	size_t n;

	for (;;) {
		n = fold_name(s, len, fb->key, fb->cap);
		if (n == (size_t)-1)
			return false;
		if (n <= fb->cap)
			break;
		fb->cap = n + 64;
		fb->key = xreallocarray(fb->key, fb->cap, 1);
	}
	fb->len = n;
	return true;
}
