package org.citiverse.testsupport;

import jakarta.transaction.UserTransaction;
import java.util.concurrent.Callable;

/** For tests inside the server (Arquillian): work in a transaction of its own, committed or rolled back. */
public final class Transactions {

    private Transactions() {
    }

    public static <T> T inTransaction(UserTransaction transaction, Callable<T> work) throws Exception {
        transaction.begin();
        try {
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
