from val import *
from gbdt import *
import sys
X=base_feats()
t=secs()/3600; lead=hs-as_
R=np.column_stack([t,lead,spread,poss,down,np.where(dist<0,-1,np.minimum(dist,30)),yl,hto,ato,hsr,lead/np.sqrt(t+0.002),spread*np.sqrt(t)])
def logit(p): p=np.clip(p,1e-12,1-1e-12); return np.log(p/(1-p))
cfg=dict(ntrees=int(sys.argv[1]),lr=float(sys.argv[2]),depth=int(sys.argv[3]),min_hess=float(sys.argv[4]),lam=10.0)
def c1(tr,va):
    trr=tr&reg
    f=fit_logit(X[trr],y[trr])
    ed=make_bins(R[trr]); B=apply_bins(R,ed)
    base_tr=logit(f(X[trr])); trees=fit_gbdt(B[trr],y[trr],base_tr,**cfg)
    return 1/(1+np.exp(-pred(trees,B[va],logit(f(X[va])))))
runp(f'C1 logit+gbdt {cfg}',c1)
