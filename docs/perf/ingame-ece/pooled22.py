from val import *
X=base_feats()
F=[(2014,2015,2016),(2016,2017,2018),(2018,2019,2020),(2020,2021,2022)]
def c0(tr,va):
    f=fit_logit(X[tr&reg],y[tr&reg]); return f(X[va])
runp('C0 incumbent, expanding window, 2015-2022 pooled',c0,folds=F)
