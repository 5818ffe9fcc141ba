from val import *
X=base_feats()
def c0(tr,va):
    f=fit_logit(X[tr&reg],y[tr&reg]); return f(X[va])
runp('C0 current logistic',c0)
# in-sample check per window
