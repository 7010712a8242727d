/*
 * check.h: what twin check finds in a registry that loaded: links that
 * are written twice or contradict each other, implausible years, one city
 * under two names, stray spaces, aliases that lead nowhere.
 */
#ifndef TWIN_CHECK_H
#define TWIN_CHECK_H

#include "load.h"
#include "registry.h"

/* Links made before this year are taken for typing errors. */
#define CHECK_FIRST_YEAR 800

struct check_options {
	report_fn	*report;	/* called once for each warning */
	void		*ctx;
	unsigned	 this_year;	/* later years are in the future */
};

/*
 * Report every warning about the indexed registry r, with the file and
 * line of the row at fault.  Returns the number of warnings.
 */
size_t	check_registry(const struct registry *r, const struct check_options *);

#endif
