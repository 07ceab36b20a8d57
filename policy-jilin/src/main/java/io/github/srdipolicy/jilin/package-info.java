/**
 * Documents of 吉林省 (Jilin), 吉林市 (Jilin City) and 蛟河市 (Jiaohe), encoded completely with every fact
 * traced to its clause.
 *
 * <p>The documents are data files under {@code META-INF/srdi-policy/} (吉工信民营〔2018〕350号 {@code
 * baiqianwan-2018.yaml}, 吉政发〔2022〕1号 {@code jilin-2022.yaml}, 蛟政发〔2022〕4号 {@code
 * jiaohe-2022.yaml}), with the jurisdictions 220000, 220200 and 220281 they introduce; {@link
 * io.github.srdipolicy.jilin.JilinSource} names them.
 */
@PolicyStyle
package io.github.srdipolicy.jilin;

import io.github.srdipolicy.model.PolicyStyle;
