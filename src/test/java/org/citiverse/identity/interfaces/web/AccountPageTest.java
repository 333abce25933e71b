package org.citiverse.identity.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountPageTest {

    @Test
    void onlyPathsInThePortalAreFollowedAfterSignIn() {
        assertTrue(AccountPage.isLocalPath("/citizen/profile.xhtml"));
        assertTrue(AccountPage.isLocalPath("/staff/audit.xhtml?actor=x"));
        for (String away : new String[] {null, "", "citizen/", "//evil.example", "/\\evil.example",
                "https://evil.example/", "javascript:alert(1)", "/\tevil", "/account/?next=//evil.example",
                "/" + "x".repeat(600)}) {
            assertFalse(AccountPage.isLocalPath(away), String.valueOf(away));
        }
    }
}
