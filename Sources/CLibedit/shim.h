#ifndef DOSSIER_CLIBEDIT_SHIM_H
#define DOSSIER_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <histedit.h>

// Swift cannot call C variadic functions, nor read the C stdio globals under Swift 6's
// strict concurrency: these fixed-argument wrappers are the whole bridge.

static inline FILE *dossier_stdin(void) { return stdin; }
static inline FILE *dossier_stdout(void) { return stdout; }
static inline FILE *dossier_stderr(void) { return stderr; }

#endif
