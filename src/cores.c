/*
 * cores.c: see cores.h.
 *
 * Linux puts a new thread on its creator's core and moves it only when
 * that core is due to run something else: a thread started to share the
 * work of a busy one waited about a millisecond (a scheduler tick) before
 * it first ran, half the time, on the two-core machine of make bench, a
 * tenth of the cold load of the world registry.  Started on another core
 * and then let free, it runs at once.
 */
#define _GNU_SOURCE		/* sched_getcpu, pthread_attr_setaffinity_np */
#include <errno.h>
#include <sched.h>
#include <time.h>
#include <unistd.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "cores.h"

/*
 * The cores this process may run on, not those the system has online: a
 * run confined to one core (taskset) gains nothing from a second thread.
 * And sysconf(_SC_NPROCESSORS_ONLN) reads a file of /sys, three system
 * calls where this is one: 0.08 ms on the virtual machine of make bench,
 * asked when the parser hands on its first batch.
 */
int
usable_cores(void)
{
	static int cores;
	cpu_set_t allowed;

	if (cores == 0)
		cores = sched_getaffinity(0, sizeof(allowed), &allowed) == 0 ?
		    CPU_COUNT(&allowed) : (int)sysconf(_SC_NPROCESSORS_ONLN);
	if (cores < 1)
		cores = 1;
	return cores;
}

bool
second_core(void)
{
	return usable_cores() > 1;
}

bool
start_thread(pthread_t *thread, void *(*run)(void *), void *arg)
{
	pthread_attr_t attr;
	cpu_set_t allowed, elsewhere;
	bool placed = false, started;
	int here;

	if (pthread_attr_init(&attr) != 0)
		return false;
	/* Fails on a machine of more cores than a cpu_set_t holds: the
	 * thread then starts where the system puts it. */
	if (sched_getaffinity(0, sizeof(allowed), &allowed) == 0 &&
	    (here = sched_getcpu()) >= 0 && here < CPU_SETSIZE &&
	    CPU_ISSET(here, &allowed) && CPU_COUNT(&allowed) > 1) {
		elsewhere = allowed;
		CPU_CLR(here, &elsewhere);
		placed = pthread_attr_setaffinity_np(&attr, sizeof(elsewhere),
		    &elsewhere) == 0;
	}
	started = pthread_create(thread, &attr, run, arg) == 0;
	/* Free to move, as any thread: it stays where it was put. */
	if (started && placed)
		(void)pthread_setaffinity_np(*thread, sizeof(allowed),
		    &allowed);
	pthread_attr_destroy(&attr);
	return started;
}

bool
spin_until(bool (*done)(void *), void *arg, long long ns)
{
	struct timespec now;
	long long t, until = 0;
	unsigned spins;

	for (spins = 0; !done(arg); spins++) {
#ifdef __SSE2__
		_mm_pause();
#endif
		if (spins % 64 != 0)
			continue;
		clock_gettime(CLOCK_MONOTONIC, &now);
		t = now.tv_sec * 1000000000LL + now.tv_nsec;
		if (until == 0)
			until = t + ns;
		else if (t > until)
			return false;
	}
	return true;
}

/* How long join_thread() looks before it sleeps. */
#define JOIN_SPIN_NS 1000000

#ifdef __GLIBC__
static bool
joined(void *thread)
{
	return pthread_tryjoin_np(*(pthread_t *)thread, NULL) != EBUSY;
}
#endif

void
join_thread(pthread_t thread)
{
#ifdef __GLIBC__
	if (spin_until(joined, &thread, JOIN_SPIN_NS))
		return;
#endif
	pthread_join(thread, NULL);
}
