/*
 * test_cores.c: a thread started by start_thread() runs, and once started
 * may run on every core its creator may: it is put on another core only
 * to start.  second_core() counts the cores the process may run on.
 */
#define _GNU_SOURCE		/* sched_getaffinity, sched_getcpu, CPU_EQUAL */
#include "fixtures.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>

#include "cores.h"

struct probe {
	atomic_bool	go;		/* start_thread() has returned */
	bool		ran;
	cpu_set_t	allowed;	/* the thread's, once go */
	int		got;
};

static void *
probe_run(void *arg)
{
	struct probe *pr = arg;

	while (!atomic_load(&pr->go))
		sched_yield();
	pr->ran = true;
	pr->got = sched_getaffinity(0, sizeof(pr->allowed), &pr->allowed);
	return NULL;
}

static void
test_thread_is_free_to_move(void **state)
{
	struct probe pr = { .ran = false };
	cpu_set_t mine;
	pthread_t t;

	(void)state;
	atomic_init(&pr.go, false);
	assert_true(start_thread(&t, probe_run, &pr));
	atomic_store(&pr.go, true);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_true(pr.ran);
	assert_int_equal(pr.got, 0);
	assert_int_equal(sched_getaffinity(0, sizeof(mine), &mine), 0);
	assert_true(CPU_EQUAL(&pr.allowed, &mine));
}

/*
 * A process confined to one core has no second core for a thread, however
 * many the machine has online.  Run first: second_core() keeps its answer.
 */
static void
test_confined_to_one_core(void **state)
{
	cpu_set_t mine, one;
	int here;

	(void)state;
	assert_int_equal(sched_getaffinity(0, sizeof(mine), &mine), 0);
	here = sched_getcpu();
	assert_true(here >= 0);
	CPU_ZERO(&one);
	CPU_SET(here, &one);
	assert_int_equal(sched_setaffinity(0, sizeof(one), &one), 0);
	assert_false(second_core());
	assert_int_equal(sched_setaffinity(0, sizeof(mine), &mine), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_confined_to_one_core),
		cmocka_unit_test(test_thread_is_free_to_move),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
