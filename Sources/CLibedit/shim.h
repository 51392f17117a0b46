#ifndef DOSSIER_CLIBEDIT_SHIM_H
#define DOSSIER_CLIBEDIT_SHIM_H

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <histedit.h>

// Swift cannot call C variadic functions, nor read the C stdio globals under Swift 6's
// strict concurrency: these fixed-argument wrappers are the whole bridge. Each wrapper
// holds no state, so it does not matter how many Swift files call it.

static inline FILE *dossier_stdin(void) { return stdin; }
static inline FILE *dossier_stdout(void) { return stdout; }
static inline FILE *dossier_stderr(void) { return stderr; }

// MARK: el_set / el_get

/// Sets an integer option: EL_SIGNAL, EL_EDITMODE, EL_PREP_TERM, EL_UNBUFFERED.
static inline int dossier_el_set_int(EditLine *el, int op, int value) { return el_set(el, op, value); }

/// Sets a string option: EL_EDITOR ("emacs" or "vi"), EL_TERMINAL.
static inline int dossier_el_set_string(EditLine *el, int op, const char *value) { return el_set(el, op, value); }

/// Redraws the prompt and the line (EL_REFRESH takes no argument).
static inline int dossier_el_refresh(EditLine *el) { return el_set(el, EL_REFRESH); }

/// Sets the function that returns the prompt.
static inline int dossier_el_set_prompt(EditLine *el, char *(*prompt)(EditLine *)) {
    return el_set(el, EL_PROMPT, prompt);
}

/// Sets the function libedit calls to read one character.
static inline int dossier_el_set_getcfn(EditLine *el, int (*getc)(EditLine *, wchar_t *)) {
    return el_set(el, EL_GETCFN, getc);
}

/// Stores a pointer libedit hands back through dossier_el_get_clientdata.
static inline int dossier_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }

/// The pointer stored with dossier_el_set_clientdata, or NULL.
static inline void *dossier_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

/// Adds a named editor function that keys can be bound to.
static inline int dossier_el_add_function(
    EditLine *el, const char *name, const char *help, unsigned char (*function)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, function);
}

/// Binds a key (in `bind` notation, such as "^R" or "^I") to a named editor function.
static inline int dossier_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}

/// Connects a history list, so Up, Down and incremental search walk it.
static inline int dossier_el_set_history(EditLine *el, History *history_list) {
    return el_set(el, EL_HIST, history, history_list);
}

// MARK: history

/// Limits the history list to `size` entries.
static inline int dossier_history_set_size(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}

/// Collapses an entry equal to the one before it (1) or keeps both (0).
static inline int dossier_history_set_unique(History *h, int unique) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, unique);
}

/// Adds an entry as the newest.
static inline int dossier_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}

/// Removes every entry.
static inline int dossier_history_clear(History *h) {
    HistEvent event;
    return history(h, &event, H_CLEAR);
}

// MARK: the terminal

/// The terminal's width in columns, or 0 when `fd` is not a terminal.
static inline int dossier_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

// MARK: signals

// The pipe a forwarded signal is written to. `static` gives each translation unit its
// own copy, so only one Swift file (SignalPipe.swift) may call the functions below.
static int dossier_signal_pipe = -1;

/// Writes the signal's number to the pipe as one byte. Only async-signal-safe calls,
/// and errno is kept for the code the signal interrupted.
static inline void dossier_signal_to_pipe(int signo) {
    int saved = errno;
    unsigned char byte = (unsigned char)signo;
    ssize_t ignored = write(dossier_signal_pipe, &byte, 1);
    (void)ignored;
    errno = saved;
}

/// Forwards `signo` to the write end `pipe_fd`, which should be non-blocking. The
/// handler is installed without SA_RESTART, so a blocking call it interrupts fails
/// with EINTR.
static inline int dossier_forward_signal(int signo, int pipe_fd) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = dossier_signal_to_pipe;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    dossier_signal_pipe = pipe_fd;
    return sigaction(signo, &action, NULL);
}

// The terminal's modes before libedit changed them, put back by the handlers below.
static int dossier_saved_fd = -1;

/// Where the saved modes live (a static inside a function, which Swift's importer emits
/// with the function; a file-scope struct it does not).
static inline struct termios *dossier_saved_modes(void) {
    static struct termios modes;
    return &modes;
}

/// Remembers the modes of the terminal `fd` (0 on success, -1 when it is not one).
static inline int dossier_save_terminal(int fd) {
    if (tcgetattr(fd, dossier_saved_modes()) != 0) return -1;
    dossier_saved_fd = fd;
    return 0;
}

/// Handler for a signal that ends the program: puts the terminal's modes back, then
/// ends this process alone, by the same signal (the action is reset to the default on
/// entry, and the signal stays blocked until the handler returns). libedit's own
/// handler would send it with kill(0, signo) to the whole process group, the parent
/// shell included. Only async-signal-safe calls.
static inline void dossier_restore_and_end(int signo) {
    if (dossier_saved_fd >= 0) (void)tcsetattr(dossier_saved_fd, TCSANOW, dossier_saved_modes());
    (void)raise(signo);
}

/// Handler for Ctrl-Z (SIGTSTP): puts the terminal's modes back, stops this process
/// alone, and when it is continued, restores the editing modes and this handler.
static inline void dossier_stop_restoring_terminal(int signo) {
    int saved = errno;
    struct termios editing;
    int editingKnown = dossier_saved_fd >= 0 && tcgetattr(dossier_saved_fd, &editing) == 0;
    if (dossier_saved_fd >= 0) (void)tcsetattr(dossier_saved_fd, TCSANOW, dossier_saved_modes());
    struct sigaction stop, previous;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = SIG_DFL;
    sigemptyset(&stop.sa_mask);
    (void)sigaction(signo, &stop, &previous);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signo);
    (void)raise(signo);
    (void)pthread_sigmask(SIG_UNBLOCK, &set, NULL);  // the stop happens here
    (void)pthread_sigmask(SIG_BLOCK, &set, NULL);
    (void)sigaction(signo, &previous, NULL);
    if (editingKnown) (void)tcsetattr(dossier_saved_fd, TCSANOW, &editing);
    errno = saved;
}

/// Installs `handler` for `signo` unless the signal is ignored (as under nohup).
/// `resetting` makes the action go back to the default on entry (SA_RESETHAND).
static inline int dossier_handle_signal(int signo, void (*handler)(int), int resetting) {
    struct sigaction action, old;
    if (sigaction(signo, NULL, &old) != 0) return -1;
    if (old.sa_handler == SIG_IGN) return 0;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = resetting ? SA_RESETHAND : 0;
    return sigaction(signo, &action, NULL);
}

/// Lets the calling thread receive `signo` (threads libdispatch starts block it).
static inline int dossier_unblock_signal(int signo) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, signo);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

#endif
