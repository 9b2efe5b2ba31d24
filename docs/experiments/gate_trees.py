#!/usr/bin/env python3
"""Gradient-boosted trees on the features examples/dump_gate.rs writes (docs/block-eval-history.md,
"Learned mechanisms tried and not kept"): out of fold by site, how many clutter blocks the
most confident turns catch. Needs scikit-learn and numpy (pip).

    python3 docs/experiments/gate_trees.py /var/tmp/gate-dump.tsv
"""
import hashlib
import sys

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
rows=[r for r in rows if r[4]!='-1']
sets=np.array([r[0] for r in rows]); sites=[r[1] for r in rows]
y=np.array([int(r[4]) for r in rows]); X=np.array([[float(x) for x in r[5:]] for r in rows])
kind=np.array([r[3] for r in rows])
train=(sets=='fresh')|(sets=='dev')
fold=np.array([int(hashlib.md5(s.encode()).hexdigest(),16)%2 for s in sites])
for only_para in [False, True]:
    m=train & ((kind=='paragraph') if only_para else True)
    oof=np.zeros(len(y))
    for f in range(2):
        tr=m&(fold!=f); te=m&(fold==f)
        clf=HistGradientBoostingClassifier(max_iter=300,learning_rate=0.05,max_depth=4,class_weight='balanced',random_state=0).fit(X[tr],y[tr])
        oof[te]=clf.predict_proba(X[te])[:,1]
    idx=np.where(m)[0]; order=idx[np.argsort(-oof[idx])]
    print('paragraphs only' if only_para else 'paragraphs+captions', 'positives', y[m].sum(), 'of', m.sum())
    for k in [5,10,20,30,50,80]:
        top=order[:k]; print(f'  top {k}: clutter {y[top].sum()} story {k-y[top].sum()}  (p>= {oof[order[k-1]]:.3f})')
    for t in [0.99,0.98,0.95,0.9]:
        sel=idx[oof[idx]>=t]; print(f'  p>={t}: clutter {y[sel].sum()} story {len(sel)-y[sel].sum()}')
