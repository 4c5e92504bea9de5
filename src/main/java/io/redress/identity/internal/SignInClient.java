package io.redress.identity.internal;

/** The console login's authentication details: the address the form was posted from. */
record SignInClient(String address) {
}
