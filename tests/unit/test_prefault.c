/*
 * test_prefault.c: the pages prefault.c is given are resident once it is
 * done, as mincore(2) tells, and only those; a range too small for a
 * thread is left alone; a range added first is faulted in whole when
 * prefault_first_done() says so.
 */
#define _DEFAULT_SOURCE		/* mincore(), MAP_ANONYMOUS */
#include "fixtures.h"

#include <sched.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cores.h"
#include "prefault.h"

/* How many of the n pages at p are resident. */
static size_t
resident(char *p, size_t n)
{
	unsigned char vec[1024];
	size_t i, count = 0;

	assert_true(n <= sizeof(vec));
	assert_int_equal(mincore(p, n * (size_t)sysconf(_SC_PAGESIZE), vec), 0);
	for (i = 0; i < n; i++)
		count += vec[i] & 1;
	return count;
}

static void
test_ranges_are_faulted_in(void **state)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE), n = 1000;
	struct prefault pf;
	char *p;

	(void)state;
#ifndef MADV_POPULATE_WRITE
	skip();
#endif
	if (!second_core())
		skip();
	p = mmap(NULL, n * page, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(p != MAP_FAILED);
	/* No huge pages here: their faults would bring in pages around. */
	(void)madvise(p, n * page, MADV_NOHUGEPAGE);
	assert_int_equal(resident(p, n), 0);

	/* Two ranges with a gap, the first not starting on a page. */
	prefault_init(&pf);
	prefault_add(&pf, p + 10, 300 * page - 10);
	prefault_add(&pf, p + 500 * page, 400 * page);
	prefault_start(&pf);
	prefault_wait(&pf);
	if (resident(p, n) == 0)
		skip();		/* a kernel before Linux 5.14 */
	/* The whole pages of each range: not the one the first starts in. */
	assert_int_equal(resident(p, 1), 0);
	assert_int_equal(resident(p + page, 299), 299);
	assert_int_equal(resident(p + 300 * page, 200), 0);
	assert_int_equal(resident(p + 500 * page, 400), 400);
	assert_int_equal(resident(p + 900 * page, 100), 0);

	/* Less than is worth a thread: nothing. */
	prefault_init(&pf);
	prefault_add(&pf, p + 300 * page, 100 * page);
	prefault_start(&pf);
	prefault_wait(&pf);
	assert_int_equal(resident(p + 300 * page, 100), 0);
	munmap(p, n * page);
}

static void
test_first_ranges_come_first(void **state)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE), n = 1000;
	struct prefault pf;
	char *p;

	(void)state;
	p = mmap(NULL, n * page, PROT_READ | PROT_WRITE,
	    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(p != MAP_FAILED);
	(void)madvise(p, n * page, MADV_NOHUGEPAGE);

	/* Too little for a thread: done at once, as nothing will be. */
	prefault_init(&pf);
	assert_true(prefault_first_done(&pf));
	prefault_add_first(&pf, p, 10 * page);
	prefault_start(&pf);
	assert_true(prefault_first_done(&pf));
	prefault_wait(&pf);
	assert_int_equal(resident(p, 10), 0);

#ifndef MADV_POPULATE_WRITE
	skip();
#endif
	if (!second_core())
		skip();
	prefault_init(&pf);
	prefault_add(&pf, p, 600 * page);
	prefault_add_first(&pf, p + 700 * page, 200 * page);
	prefault_start(&pf);
	while (!prefault_first_done(&pf))
		sched_yield();
	if (resident(p + 700 * page, 200) == 0) {
		prefault_wait(&pf);
		skip();		/* a kernel before Linux 5.14 */
	}
	assert_int_equal(resident(p + 700 * page, 200), 200);
	prefault_wait(&pf);
	assert_int_equal(resident(p, 600), 600);
	assert_int_equal(resident(p + 600 * page, 100), 0);
	assert_int_equal(resident(p + 900 * page, 100), 0);
	munmap(p, n * page);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ranges_are_faulted_in),
		cmocka_unit_test(test_first_ranges_come_first),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
