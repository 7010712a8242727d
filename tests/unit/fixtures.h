/*
 * fixtures.h: helpers for the unit tests.  A registry is loaded from a
 * string with load_buffer, and what the loader reports is kept, so a test
 * can assert the exact message and line.
 */
#ifndef TWIN_TEST_FIXTURES_H
#define TWIN_TEST_FIXTURES_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "load.h"
#include "registry.h"

struct reported {
	char		 messages[4096];	/* "FILE:LINE: message\n" each */
	size_t		 count;
	size_t		 warnings;
};

static inline void
fixture_report(void *ctx, const char *file, unsigned long line,
    enum severity sev, const char *msg)
{
	struct reported *rep = ctx;
	size_t used = strlen(rep->messages);

	snprintf(rep->messages + used, sizeof(rep->messages) - used,
	    "%s:%lu: %s%s\n", file, line,
	    sev == SEVERITY_WARNING ? "warning: " : "", msg);
	rep->count++;
	if (sev == SEVERITY_WARNING)
		rep->warnings++;
}

/* Load text as the file "t.csv"; returns the number of errors. */
static inline size_t
load_text(struct registry *reg, struct reported *rep, const char *text)
{
	struct load_options opt = { .report = fixture_report, .ctx = rep };

	memset(rep, 0, sizeof(*rep));
	return load_buffer(reg, "t.csv", text, strlen(text), &opt);
}

/* Load a registry that must load cleanly, and index it. */
static inline void
load_ok(struct registry *reg, const char *text)
{
	struct reported rep;

	registry_init(reg);
	if (load_text(reg, &rep, text) != 0)
		fail_msg("fixture did not load: %s", rep.messages);
	registry_build_index(reg);
}

#endif
