/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Preloaded in the sanitizer stage: dlclose() leaves every library loaded. A graphics
 * driver that Qt loads and unloads again (Mesa's, under Quick 3D) keeps what it
 * allocated reachable only from its own globals; once it is unmapped LeakSanitizer can
 * neither see those globals nor name its frames, and reports the blocks as leaks from an
 * unknown module. Kept loaded, they are reachable, as they are in a normal run. */
int dlclose(void *handle)
{
    (void)handle;
    return 0;
}
