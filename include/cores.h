/* cores.h: threads on cores of their own. */
#ifndef TWIN_CORES_H
#define TWIN_CORES_H

#include <pthread.h>
#include <stdbool.h>

/* The cores this process may run on (its affinity), at least 1; and
 * whether a second thread would have a core of its own.  Asked by one
 * thread at a time: the answer is kept. */
int	usable_cores(void);
bool	second_core(void);

/*
 * pthread_create(), with the new thread started on a core other than the
 * caller's, from where the scheduler may move it as it likes.  True when
 * it was started.
 */
bool	start_thread(pthread_t *, void *(*)(void *), void *);

/*
 * Ask done(arg) until it says true, for up to ns nanoseconds, without
 * sleeping; whether it did.  A core that sleeps took 0.1-0.3 ms to wake
 * on a virtual machine, where the waits between the loading threads, and
 * for the threads joined on the way to an answer, are mostly tens of
 * microseconds.  The caller sleeps after a false.
 */
bool	spin_until(bool (*done)(void *), void *arg, long long ns);

/* pthread_join(), after looking for the thread's end for up to 1 ms
 * (spin_until()). */
void	join_thread(pthread_t);

#endif
