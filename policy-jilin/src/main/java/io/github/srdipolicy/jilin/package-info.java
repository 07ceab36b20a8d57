/**
 * Documents of 吉林省 (Jilin), 吉林市 (Jilin City) and 蛟河市 (Jiaohe), encoded completely with every fact traced to its clause.
 *
 * <p>The data reaches the catalogue through {@link io.github.srdipolicy.jilin.JilinSource}.
 */
@PolicyStyle
package io.github.srdipolicy.jilin;

import io.github.srdipolicy.model.PolicyStyle;
