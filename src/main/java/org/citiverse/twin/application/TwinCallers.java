package org.citiverse.twin.application;

/** Who the caller of the current request is (a port; the server adapts it). */
public interface TwinCallers {

    TwinCaller current();
}
