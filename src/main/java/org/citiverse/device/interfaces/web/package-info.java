/** Device pages for staff: refused device messages and their replay. */
package org.citiverse.device.interfaces.web;
