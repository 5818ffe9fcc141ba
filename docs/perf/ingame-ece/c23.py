from val import *
import math
X=base_feats()
t=secs()/3600; lead=hs-as_; st=np.sqrt(t+0.002)
zt=(lead/st+spread*st)/SIG
# logit of Phi(z) approx via erfc-based log
from math import erfc
def logPhi(z):
    return np.log(np.maximum(0.5*np.vectorize(erfc)(-z/np.sqrt(2)),1e-300))
lp=np.clip(logPhi(zt)-logPhi(-zt),-30,30)
nod=down<0; h=poss; ylv=np.where(yl<0,75,yl)
late2=(hsr<=120)*(qtr<=4)
tod=np.where((hto<0)|(ato<0),0,hto-ato)
X3=np.column_stack([X,lp, spread/SIG*t, lead*np.abs(lead)/SIG**2/st, h*late2*np.where(nod,0,ylv)/100, tod*late2*0.1, h*(down==4)*late2])
def fitpred(Xm):
    def c(tr,va):
        f=fit_logit(Xm[tr&reg],y[tr&reg]); return f(Xm[va])
    return c
runp('C3a +logitPhi(z)',fitpred(np.column_stack([X,lp])))
runp('C3b +logitPhi,+spread*t,+lead|lead|/st,+late-half terms',fitpred(X3))
phase=np.where(qtr<=2,0,np.where(qtr==3,1,np.where(gsr>120,2,3)))
def c2(Xm):
    def c(tr,va):
        out=np.zeros(va.sum()); pv=phase[va]; Xv=Xm[va]
        for k in range(4):
            m=tr&reg&(phase==k); f=fit_logit(Xm[m],y[m]); out[pv==k]=f(Xv[pv==k])
        return out
    return c
runp('C2 per-phase (Q1-2,Q3,Q4>2min,last2)',c2(X))
runp('C2b per-phase + C3b features',c2(X3))
