/*
 * ttyrun.c: run `sh -c COMMAND` with standard output on a pseudo-terminal
 * and copy what it writes to our standard output.  twin writes a table to
 * a terminal and TSV to a pipe; this lets the tests (and the manual's
 * examples) see what a person at a terminal sees.  Standard input and
 * standard error are left as they are.  Exits with the command's status.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	struct termios tio;
	struct winsize ws = { 24, 200, 0, 0 };
	char buf[4096];
	ssize_t n;
	pid_t pid;
	int master, slave, status;

	if (argc != 2) {
		fputs("usage: ttyrun command\n", stderr);
		return 2;
	}
	if (openpty(&master, &slave, NULL, NULL, &ws) < 0) {
		perror("ttyrun: openpty");
		return 2;
	}
	/* No output processing: "\n" must stay "\n", not become "\r\n". */
	if (tcgetattr(slave, &tio) == 0) {
		tio.c_oflag &= ~(tcflag_t)OPOST;
		tcsetattr(slave, TCSANOW, &tio);
	}
	if ((pid = fork()) < 0) {
		perror("ttyrun: fork");
		return 2;
	}
	if (pid == 0) {
		close(master);
		dup2(slave, STDOUT_FILENO);
		close(slave);
		execl("/bin/sh", "sh", "-c", argv[1], (char *)NULL);
		perror("ttyrun: /bin/sh");
		_exit(127);
	}
	close(slave);
	for (;;) {
		n = read(master, buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)	/* EIO once the command has closed the terminal */
			break;
		fwrite(buf, 1, (size_t)n, stdout);
	}
	close(master);
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return 2;
	if (fflush(stdout) != 0)
		return 2;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
