/*
 * input.c: decoding a registry file to UTF-8.  The common case, UTF-8,
 * costs one look at the first bytes and nothing after.  Other encodings
 * go through iconv(3) a chunk at a time; a character cut by the end of a
 * chunk is kept for the next.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "xalloc.h"

bool
input_start(struct input *in, const char *encoding, char *err, size_t errcap)
{
	memset(in, 0, sizeof(*in));
	in->cd = (iconv_t)-1;
	in->encoding = "UTF-8";
	if (encoding == NULL)
		return true;
	in->cd = iconv_open("UTF-8", encoding);
	if (in->cd == (iconv_t)-1) {
		snprintf(err, errcap, "unknown encoding '%s': expected a name "
		    "that iconv knows, such as CP1252, ISO-8859-1 or UTF-16LE "
		    "(iconv -l lists them)", encoding);
		return false;
	}
	in->encoding = encoding;
	in->started = true;	/* named: no sniffing */
	return true;
}

/* The first bytes: a UTF-16 byte-order mark, or UTF-16 without one. */
static bool
sniff(struct input *in, const char **buf, size_t *len, char *err,
    size_t errcap)
{
	const unsigned char *b = (const unsigned char *)*buf;

	in->started = true;
	if (*len >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) ||
	    (b[0] == 0xFE && b[1] == 0xFF))) {
		in->encoding = b[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
		in->cd = iconv_open("UTF-8", in->encoding);
		if (in->cd == (iconv_t)-1) {
			snprintf(err, errcap, "cannot read %s: %s",
			    in->encoding, strerror(errno));
			return false;
		}
		*buf += 2;
		*len -= 2;
		in->offset = 2;
		return true;
	}
	/* Letters of ASCII in UTF-16 have a zero byte beside each. */
	if (*len >= 4 && ((b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) ||
	    (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0))) {
		snprintf(err, errcap, "the file looks like UTF-16 text without "
		    "a byte-order mark: read it with --encoding %s",
		    b[1] == 0 ? "UTF-16LE" : "UTF-16BE");
		return false;
	}
	return true;
}

bool
input_convert(struct input *in, const char *buf, size_t len,
    const char **text, size_t *textlen, char *err, size_t errcap)
{
	char *src, *dst, *joined = NULL;
	size_t srcleft, dstleft;

	if (!in->started && !sniff(in, &buf, &len, err, errcap))
		return false;
	if (in->cd == (iconv_t)-1) {	/* UTF-8: as it is */
		in->offset += len;
		*text = buf;
		*textlen = len;
		return true;
	}
	/* A character the last chunk cut goes first. */
	if (in->npending > 0) {
		joined = xmalloc(in->npending + len);
		memcpy(joined, in->pending, in->npending);
		memcpy(joined + in->npending, buf, len);
		buf = joined;
		len += in->npending;
		in->offset -= in->npending;
		in->npending = 0;
	}
	/* UTF-16 and single-byte encodings grow at most threefold. */
	grow_array((void **)&in->out, &in->cap, 3 * len + 16, 1);
	src = (char *)buf;
	srcleft = len;
	dst = in->out;
	dstleft = in->cap;
	if (iconv(in->cd, &src, &srcleft, &dst, &dstleft) == (size_t)-1) {
		if (errno != EINVAL || srcleft > sizeof(in->pending)) {
			snprintf(err, errcap, "byte %llu is not %s text: expected "
			    "the encoding named by --encoding",
			    in->offset + (unsigned long long)(src - buf) + 1,
			    in->encoding);
			free(joined);
			return false;
		}
		memcpy(in->pending, src, srcleft);	/* cut: keep it */
		in->npending = srcleft;
	}
	in->offset += len;
	free(joined);
	*text = in->out;
	*textlen = (size_t)(dst - in->out);
	return true;
}

bool
input_finish(struct input *in, char *err, size_t errcap)
{
	if (in->npending == 0)
		return true;
	snprintf(err, errcap, "the file ends inside a character of %s",
	    in->encoding);
	return false;
}

void
input_free(struct input *in)
{
	if (in->cd != (iconv_t)-1)
		iconv_close(in->cd);
	free(in->out);
	memset(in, 0, sizeof(*in));
	in->cd = (iconv_t)-1;
}

size_t
utf8_valid_prefix(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, n, k;
	unsigned c;

	while (i < len) {
		c = s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			n = 1;
		else if (c >= 0xE0 && c <= 0xEF)
			n = 2;
		else if (c >= 0xF0 && c <= 0xF4)
			n = 3;
		else
			return i;
		for (k = 1; k <= n; k++)
			if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
				return i;
		/* Overlong forms and surrogates. */
		if ((c == 0xE0 && s[i + 1] < 0xA0) ||
		    (c == 0xED && s[i + 1] >= 0xA0) ||
		    (c == 0xF0 && s[i + 1] < 0x90) ||
		    (c == 0xF4 && s[i + 1] >= 0x90))
			return i;
		i += n + 1;
	}
	return len;
}

bool
looks_single_byte(const char *str, size_t len, bool *cp1252)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i, lone = 0, multi = 0, at;

	*cp1252 = false;
	for (i = 0; i < len; i++) {
		if (s[i] < 0x80)
			continue;
		if (s[i] < 0xA0)
			*cp1252 = true;
		at = utf8_valid_prefix(str + i, len - i);
		if (at > 0) {	/* a valid UTF-8 sequence */
			multi++;
			while (i + 1 < len && s[i + 1] >= 0x80 &&
			    (s[i + 1] & 0xC0) == 0x80)
				i++;
		} else
			lone++;
	}
	return lone > 0 && multi == 0;
}
