package org.citiverse.twin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row every change to the containment tree locks first: moves are rare, and doing them
 * one at a time keeps the closure table exact (two crossing moves could otherwise make a cycle or
 * leave a twin with ancestors it no longer has, and with them grants it should not inherit).
 */
@Entity
@Table(name = "twin_tree_lock")
public class TwinTreeLock {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    protected TwinTreeLock() {
        // for JPA
    }
}
