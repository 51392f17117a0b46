// The Snowball stemmers (Debian libstemmer-dev). libstemmer.h has no include guard.
#ifndef DOSSIER_CSTEMMER_SHIM_H
#define DOSSIER_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
