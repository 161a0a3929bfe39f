/** Class statements: the class body's namespace and building the class object. */
package org.tessera.lang.nodes.klass;
