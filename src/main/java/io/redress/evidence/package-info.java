/** Evidence uploaded on after-sale cases: immutable files with their digest, uploader and visibility. */
package io.redress.evidence;
